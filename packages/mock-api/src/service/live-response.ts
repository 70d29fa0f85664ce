import type { DeviceEntity } from '@soc-kit/components/api';
import { hashString, hexDigits, mix, Random } from './random.js';

/** A process the device's incidents saw running on it, and the account it ran as. */
export interface KnownProcess {
  name: string;
  user: string;
}

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
 * `known`: the processes the device's incidents name, which `processes` lists too.
 */
export function runLiveResponse(seed: number, device: DeviceEntity, commandLine: string, known: readonly KnownProcess[] = []): CommandOutcome {
  const [name = '', ...args] = commandLine.trim().split(/\s+/);
  const random = new Random(seed, hashString(device.id), hashString(commandLine.trim().toLowerCase()));
  switch (name.toLowerCase()) {
    case 'help':
      return {
        status: 'completed',
        output: ['Available commands:', ...LIVE_RESPONSE_COMMANDS.map((command) => `  ${pad(command.usage, 16)}${command.summary}`)].join('\n'),
      };
    case 'processes':
      return { status: 'completed', output: processes(device, random, known) };
    case 'connections':
      return { status: 'completed', output: connections(device, random) };
    case 'getfile': {
      const path = args.join(' ').replace(/^"(.*)"$/, '$1');
      if (!path) return { status: 'failed', output: 'getfile needs the path of a file, e.g. getfile "C:\\Windows\\Temp\\payload.exe".' };
      const hash = mix(seed, hashString(device.id), hashString(path.toLowerCase()));
      if (hash % 7 === 0) return { status: 'failed', output: `File not found: ${path}` };
      const name = path.split(/[\\/]/).pop() || 'file';
      const content = collectedContent(name, device, new Random(hash));
      return {
        status: 'completed',
        output: [
          `Collecting ${path} from ${device.displayName}...`,
          `Size: ${content.length.toLocaleString('en-US')} bytes`,
          `SHA256: ${sha256Hex(content)}`,
          'The file was collected.',
          `${COLLECTED_FILE_BEGIN}${name}-----`,
          ...base64Lines(content),
          COLLECTED_FILE_END,
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

function processes(device: DeviceEntity, random: Random, known: readonly KnownProcess[]): string {
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
  for (const process of known) {
    lines.push(`${pad(pid, 8)}${pad(process.name, 22)}${pad(process.user, 28)}${random.between(900, 420_000)}`);
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

/** The armour around a collected file's content in `getfile` output, as consoles read it. */
export const COLLECTED_FILE_BEGIN = '-----BEGIN COLLECTED FILE ';
export const COLLECTED_FILE_END = '-----END COLLECTED FILE-----';

const SCRIPT_COMMENT: Record<string, string> = { ps1: '#', sh: '#', py: '#', js: '//', vbs: "'", bat: 'REM', cmd: 'REM' };

/** A small, plausible file for `name`: a script or log as text, anything else a PE-shaped binary. */
function collectedContent(name: string, device: DeviceEntity, random: Random): Uint8Array {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const comment = SCRIPT_COMMENT[extension];
  if (comment || extension === 'txt' || extension === 'log') {
    const lines = [`${comment ?? ''}${comment ? ' ' : ''}Collected from ${device.displayName}`];
    const count = random.between(6, 24);
    for (let i = 0; i < count; i++) {
      const token = hexDigits(random.between(1, 2 ** 30), random.between(16, 64));
      lines.push(comment ? `$p${i} = "${token}"` : `${i.toString().padStart(4, '0')} ${token}`);
    }
    return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  }
  const bytes = new Uint8Array(random.between(512, 4096));
  for (let i = 0; i < bytes.length; i++) bytes[i] = random.between(0, 255);
  bytes.set([0x4d, 0x5a], 0);
  bytes.set(new TextEncoder().encode('This program cannot be run in DOS mode.'), 0x4e);
  return bytes;
}

function base64Lines(bytes: Uint8Array): string[] {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).match(/.{1,76}/g) ?? [];
}

const SHA256_K = (() => {
  const primes: number[] = [];
  for (let candidate = 2; primes.length < 64; candidate++) if (primes.every((p) => candidate % p !== 0)) primes.push(candidate);
  return primes.map((p) => ((Math.cbrt(p) % 1) * 2 ** 32) >>> 0);
})();
const SHA256_H = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** SHA-256 of `bytes` in hex, synchronously (the service answers synchronously). */
export function sha256Hex(bytes: Uint8Array): string {
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(padded.length - 4, (bytes.length * 8) >>> 0);
  const h = [...SHA256_H];
  const w = new Uint32Array(64);
  const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + SHA256_K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, k].forEach((value, i) => (h[i] = (h[i]! + value) | 0));
  }
  return h.map((value) => (value >>> 0).toString(16).padStart(8, '0')).join('');
}

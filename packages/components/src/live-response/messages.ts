import { defineMessages } from '../i18n/messages.js';

/** The live response console's strings (English source); commands and their output are data. */
export const liveResponseMessages = {
  'connection.connecting': 'Connecting…',
  'connection.connected': 'Connected',
  'connection.disconnected': 'Disconnected',
  'connection.unavailable': 'Unavailable',
  'connection.notAllowed': 'Not allowed',
  connectionLabel: 'Connection:',
  notConnected: 'Not connected',
  title: 'Live response',
  titleOnDevice: 'Live response on {name}',
  actionRun: 'run live response commands',
  loadingDevice: 'the device',
  notDevice: 'Live response runs on devices; {name} is not a device.',
  notOnboarded: "{name} isn't onboarded to Defender for Endpoint; live response needs an onboarded device.",
  readerOnly: 'Your role cannot run live response commands. Ask an admin for the Responder role.',
  unavailable: "Live response isn't available with this incident service.",
  chooseDevice: 'Choose a device to start a live response session.',
  isolated: 'Isolated',
  clear: 'Clear',
  connectingTo: 'Connecting to {name}…',
  reconnect: 'Reconnect',
  transcript: 'Transcript',
  sessionStarted: 'Session started with {name}. Type help to list the commands.',
  command: 'Command',
  typeCommand: 'Type a command',
  commandHint: 'Enter runs the command. Up and Down arrows recall earlier commands. Escape cancels a running command.',
  failed: 'Failed',
  cancelled: 'Cancelled',
  running: 'Running {command}…',
  commandCancelled: 'The command was cancelled.',
  errorLead: '{title}.',
  downloadFile: 'Download {name}',
  fileSize: { one: '{count} byte', other: '{count} bytes' },
} as const;

export const liveResponseCatalog = defineMessages('live-response', liveResponseMessages, {
  de: () => import('./messages.de.js'),
  ja: () => import('./messages.ja.js'),
});

import type { Translation } from '../i18n/messages.js';
import type { liveResponseMessages } from './messages.js';

const de: Translation<typeof liveResponseMessages> = {
  'connection.connecting': 'Verbindung wird hergestellt…',
  'connection.connected': 'Verbunden',
  'connection.disconnected': 'Getrennt',
  'connection.unavailable': 'Nicht verfügbar',
  'connection.notAllowed': 'Nicht zulässig',
  connectionLabel: 'Verbindung:',
  notConnected: 'Nicht verbunden',
  title: 'Live-Reaktion',
  titleOnDevice: 'Live-Reaktion auf {name}',
  actionRun: 'Live-Reaktion-Befehle ausführen',
  loadingDevice: 'Gerät',
  notDevice: 'Live-Reaktion wird auf Geräten ausgeführt; {name} ist kein Gerät.',
  notOnboarded: '{name} ist nicht in Defender for Endpoint integriert; für die Live-Reaktion ist ein integriertes Gerät erforderlich.',
  readerOnly: 'Mit Ihrer Rolle können Sie keine Live-Reaktion-Befehle ausführen. Bitten Sie einen Administrator um die Rolle „Responder“.',
  unavailable: 'Die Live-Reaktion ist mit diesem Vorfalldienst nicht verfügbar.',
  chooseDevice: 'Wählen Sie ein Gerät aus, um eine Live-Reaktion-Sitzung zu starten.',
  isolated: 'Isoliert',
  clear: 'Leeren',
  connectingTo: 'Verbindung mit {name} wird hergestellt…',
  reconnect: 'Erneut verbinden',
  transcript: 'Protokoll',
  sessionStarted: 'Sitzung mit {name} gestartet. Geben Sie help ein, um die Befehle aufzulisten.',
  command: 'Befehl',
  typeCommand: 'Befehl eingeben',
  commandHint:
    'Die EINGABETASTE führt den Befehl aus. Mit den Tasten NACH-OBEN und NACH-UNTEN rufen Sie frühere Befehle auf. ESC bricht einen laufenden Befehl ab.',
  failed: 'Fehlgeschlagen',
  cancelled: 'Abgebrochen',
  running: '{command} wird ausgeführt…',
  commandCancelled: 'Der Befehl wurde abgebrochen.',
  errorLead: '{title}.',
  downloadFile: '{name} herunterladen',
  fileSize: { one: '{count} Byte', other: '{count} Bytes' },
};
export default de;

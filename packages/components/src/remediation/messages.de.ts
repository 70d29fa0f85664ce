import type { Translation } from '../i18n/messages.js';
import type { remediationMessages } from './messages.js';

const de: Translation<typeof remediationMessages> = {
  'effect.isolateDevice':
    'Das Gerät wird vom Netzwerk getrennt; nur die Verbindung zum Defender-Dienst bleibt bestehen. Sie können es später wieder aus der Isolation freigeben.',
  'effect.releaseDevice': 'Das Gerät erhält seine Netzwerkverbindungen zurück.',
  'effect.collectInvestigationPackage': 'Forensische Daten (Prozesse, Dienste, Protokolle, Netzwerkverbindungen) werden vom Gerät gesammelt.',
  'effect.runAntivirusScan': 'Microsoft Defender Antivirus führt eine vollständige Überprüfung des Geräts aus.',
  'effect.disableUser': 'Das Konto kann sich nicht mehr anmelden, bis es wieder aktiviert wird.',
  'effect.enableUser': 'Das Konto kann sich wieder anmelden.',
  'effect.resetPassword': 'Der Benutzer muss bei der nächsten Anmeldung ein neues Kennwort festlegen.',
  'effect.quarantineFile': 'Die Datei wird auf den Geräten, auf denen sie gefunden wurde, unter Quarantäne gestellt.',
  'effect.stopAndQuarantine': 'Der Prozess wird beendet und seine Datei unter Quarantäne gestellt.',
  'effect.deleteEmail': 'Die E-Mail wird in den Ordner „Wiederherstellbare Elemente“ des Postfachs verschoben (vorläufiges Löschen).',
  'effect.blockUrl': 'Verbindungen zu dieser Adresse werden in der gesamten Organisation blockiert.',
  approveTitle: 'Aktion genehmigen',
  rejectTitle: 'Aktion ablehnen',
  approve: 'Genehmigen',
  reject: 'Ablehnen',
  approving: 'Wird genehmigt…',
  rejecting: 'Wird abgelehnt…',
  starting: 'Wird gestartet…',
  approveNamed: '{action} genehmigen',
  rejectNamed: '{action} ablehnen',
  confirmApprove: 'Aktion „{action}“ für {entity} ({type}) genehmigen?',
  confirmReject: 'Aktion „{action}“ für {entity} ({type}) ablehnen?',
  confirmRun: 'Aktion „{action}“ für {entity} ({type}) ausführen?',
  rejectEffect: 'Die Aktion wird nicht ausgeführt.',
  proposedByInvestigation: 'Vorgeschlagen von der automatisierten Untersuchung {investigation} am {date}',
  proposedOn: 'Vorgeschlagen am {date}',
  comment: 'Kommentar (optional)',
  actionRun: 'Wartungsaktionen ausführen',
  actionDecide: 'Wartungsaktionen genehmigen oder ablehnen',
  noService: 'Es ist kein Vorfalldienst verbunden.',
  actionOn: '{action} für {target}',
  actionOnWithStatus: '{action} für {target}: {status}',
  unnamedEntity: '{type} {id}',
  inProgress: '{action} wird ausgeführt',
  readOnlyNote:
    'Mit Ihrer Rolle können Sie Wartungsaktionen anzeigen, aber nicht genehmigen, ablehnen oder ausführen; dafür ist die Rolle „Responder“ oder „Administrator“ erforderlich.',
};
export default de;

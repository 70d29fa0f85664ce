import { expect } from '@open-wc/testing';
import type { Entity, FileEntity, UnknownEntity } from '../api/model.js';
import { Localizer } from '../i18n/localizer.js';
import { anyValueText, countryText, entityFields, fileSizeText } from './entity-details.js';
import { entityPageCatalog } from './messages.js';

const l10n = new Localizer(entityPageCatalog, 'en');

const base: Pick<Entity, 'verdict' | 'remediationStatus' | 'roles' | 'detailedRoles' | 'tags' | 'createdDateTime'> = {
  verdict: 'unknown',
  remediationStatus: 'none',
  roles: [],
  detailedRoles: [],
  tags: [],
  createdDateTime: '2024-06-01T00:00:00Z',
};

describe('entity details', () => {
  it('writes file sizes with a unit and the exact byte count', () => {
    expect(fileSizeText(0, l10n)).to.equal('');
    expect(fileSizeText(512, l10n)).to.equal('512 bytes');
    expect(fileSizeText(1536, l10n)).to.equal(`${(1.5).toLocaleString()} KB (${(1536).toLocaleString()} bytes)`);
    expect(fileSizeText(5 * 1024 ** 3, l10n)).to.include('GB');
  });

  it('names countries, keeping the code, and leaves anything else as it came', () => {
    const name = new Intl.DisplayNames(undefined, { type: 'region' }).of('JP');
    expect(countryText('jp', l10n)).to.equal(`${name} (JP)`);
    expect(countryText('', l10n)).to.equal('');
    expect(countryText('Atlantis', l10n)).to.equal('Atlantis');
  });

  it('shows values of unknown shape as text', () => {
    expect(anyValueText('plain')).to.equal('plain');
    expect(anyValueText(42)).to.equal('42');
    expect(anyValueText(false)).to.equal('false');
    expect(anyValueText(null)).to.equal('');
    expect(anyValueText({ a: [1, 'b'] })).to.equal('{"a":[1,"b"]}');
  });

  it('lists every property of unknown evidence: text, lists of plain values, else JSON', () => {
    const entity: UnknownEntity = {
      ...base,
      id: 'unknown:1',
      type: 'unknown',
      displayName: 'Thing',
      odataType: '#microsoft.graph.security.thingEvidence',
      additionalData: { name: 'Thing', count: 3, scopes: ['a', 'b'], owner: { id: 7 }, mixed: [{ x: 1 }] },
    };
    expect(entityFields(entity, l10n).slice(0, 6)).to.deep.equal([
      { label: 'Evidence type', kind: 'code', value: '#microsoft.graph.security.thingEvidence' },
      { label: 'name', kind: 'text', value: 'Thing', dataLabel: true },
      { label: 'count', kind: 'text', value: '3', dataLabel: true },
      { label: 'scopes', kind: 'list', values: ['a', 'b'], dataLabel: true },
      { label: 'owner', kind: 'code', value: '{"id":7}', dataLabel: true },
      { label: 'mixed', kind: 'code', value: '[{"x":1}]', dataLabel: true },
    ]);
  });

  it('ends with the roles, and the detailed roles only when there are some', () => {
    const file: FileEntity = {
      ...base,
      roles: ['created', 'loaded'],
      id: 'file:1',
      type: 'file',
      displayName: 'a.exe',
      fileName: 'a.exe',
      filePath: 'C:\\',
      sha256: '',
      sha1: '',
      fileSize: 0,
    };
    const labels = entityFields(file, l10n).map((field) => field.label);
    expect(labels).to.deep.equal(['File name', 'File path', 'SHA-256', 'SHA-1', 'Size', 'Roles']);
    expect(entityFields(file, l10n).at(-1)).to.deep.equal({ label: 'Roles', kind: 'list', values: ['Created', 'Loaded'] });
    const detailed = entityFields({ ...file, detailedRoles: ['Main file'] }, l10n).at(-1);
    expect(detailed).to.deep.equal({ label: 'Detailed roles', kind: 'list', values: ['Main file'] });
  });
});

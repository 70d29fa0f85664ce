import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CommandHistoryController } from './command-history.js';

const host: ReactiveControllerHost = {
  addController: (_controller: ReactiveController) => {},
  removeController: () => {},
  requestUpdate: () => {},
  updateComplete: Promise.resolve(true),
};

describe('CommandHistoryController', () => {
  it('walks back to the oldest command and forward to the line being typed', () => {
    const history = new CommandHistoryController(host);
    for (const command of ['help', 'processes', 'connections']) history.add(command);
    expect(history.previous('get')).to.equal('connections');
    expect(history.previous('connections')).to.equal('processes');
    expect(history.previous('processes')).to.equal('help');
    expect(history.previous('help')).to.be.undefined;
    expect(history.next()).to.equal('processes');
    expect(history.next()).to.equal('connections');
    expect(history.next()).to.equal('get');
    expect(history.next()).to.be.undefined;
  });

  it('remembers a repeated command once, trimmed, and nothing for blank lines', () => {
    const history = new CommandHistoryController(host);
    history.add(' help ');
    history.add('help');
    history.add('   ');
    history.add('processes');
    history.add('help');
    expect(history.commands).to.deep.equal(['help', 'processes', 'help']);
  });

  it('starts a new walk after each command and forgets everything on clear', () => {
    const history = new CommandHistoryController(host);
    history.add('help');
    history.add('processes');
    expect(history.previous('')).to.equal('processes');
    history.add('isolate');
    expect(history.previous('')).to.equal('isolate');
    history.clear();
    expect(history.previous('typed')).to.be.undefined;
    expect(history.next()).to.be.undefined;
  });

  it('keeps the last hundred commands', () => {
    const history = new CommandHistoryController(host);
    for (let n = 0; n < 120; n++) history.add(`getfile C:\\${n}.txt`);
    expect(history.commands).to.have.length(100);
    expect(history.commands[0]).to.equal('getfile C:\\20.txt');
  });
});

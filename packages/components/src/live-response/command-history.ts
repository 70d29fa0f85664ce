import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How many commands the history keeps; older ones fall off. */
const HISTORY_LIMIT = 100;

/**
 * A shell's command history on a text input: ArrowUp recalls the previous command, ArrowDown the
 * next, and moving down past the newest brings back the line that was being typed before the walk
 * began. Repeating the last command does not add it twice.
 */
export class CommandHistoryController implements ReactiveController {
  #commands: string[] = [];
  /** Where the walk stands: an index into the commands, or their length for the line being typed. */
  #position = 0;
  /** The line being typed when the walk began, given back at the end of it. */
  #draft = '';

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The remembered commands, oldest first. */
  get commands(): readonly string[] {
    return this.#commands;
  }

  /** Remembers a command that was run, and ends any walk through the history. */
  add(command: string): void {
    const trimmed = command.trim();
    if (trimmed && this.#commands.at(-1) !== trimmed) {
      this.#commands.push(trimmed);
      if (this.#commands.length > HISTORY_LIMIT) this.#commands.shift();
    }
    this.#position = this.#commands.length;
    this.#draft = '';
  }

  /** Forgets every command (another device, another session). */
  clear(): void {
    this.#commands = [];
    this.#position = 0;
    this.#draft = '';
  }

  /** The command before the current one, or `undefined` at the oldest. */
  previous(current: string): string | undefined {
    if (this.#position === 0) return undefined;
    if (this.#position === this.#commands.length) this.#draft = current;
    this.#position--;
    return this.#commands[this.#position];
  }

  /** The command after the current one, the typed line past the newest, or `undefined` when not walking. */
  next(): string | undefined {
    if (this.#position >= this.#commands.length) return undefined;
    this.#position++;
    return this.#position === this.#commands.length ? this.#draft : this.#commands[this.#position];
  }

  /** Bind to the input's `keydown`: ArrowUp/ArrowDown replace its value and put the caret at the end. */
  readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const input = event.currentTarget as HTMLInputElement;
    const value = event.key === 'ArrowUp' ? this.previous(input.value) : this.next();
    event.preventDefault();
    if (value === undefined) return;
    input.value = value;
    input.setSelectionRange(value.length, value.length);
  };
}

import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface TagOption {
  tag: string;
  /** The option that makes a tag nobody has used yet ("Create new tag: …"). */
  isNew: boolean;
}

export interface TagComboboxConfig {
  /** Tags in use anywhere, offered as the person types. */
  suggestions: () => readonly string[];
  /** Tags already chosen; they are not offered again. */
  chosen: () => readonly string[];
  add: (tag: string) => void;
  removeLast: () => void;
}

/** How many existing tags the list shows at once. */
const MAX_OPTIONS = 8;

/**
 * The keyboard and state of a tag typeahead, after the WAI-ARIA APG combobox with a listbox
 * popup and list autocomplete: typing filters, arrows move the active option, Enter picks it
 * (or creates the typed tag), Escape closes the list and then clears the text.
 */
export class TagComboboxController implements ReactiveController {
  query = '';
  expanded = false;
  activeIndex = -1;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: TagComboboxConfig,
  ) {
    host.addController(this);
  }

  /** A list left open when the host leaves the page must not reappear when it comes back. */
  hostDisconnected(): void {
    this.expanded = false;
    this.activeIndex = -1;
  }

  /** The options for what is typed: matching tags (prefix matches first), then "create" when new. */
  get options(): TagOption[] {
    const text = this.query.trim();
    const needle = text.toLowerCase();
    const chosen = new Set(this.config.chosen().map((tag) => tag.toLowerCase()));
    const matching = [...new Set(this.config.suggestions())]
      .filter((tag) => !chosen.has(tag.toLowerCase()) && tag.toLowerCase().includes(needle))
      .sort((a, b) => {
        const aPrefix = a.toLowerCase().startsWith(needle) ? 0 : 1;
        const bPrefix = b.toLowerCase().startsWith(needle) ? 0 : 1;
        return aPrefix - bPrefix || a.localeCompare(b);
      })
      .slice(0, MAX_OPTIONS)
      .map((tag) => ({ tag, isNew: false }));
    const known = chosen.has(needle) || this.config.suggestions().some((tag) => tag.toLowerCase() === needle);
    return text && !known ? [...matching, { tag: text, isNew: true }] : matching;
  }

  get activeOption(): TagOption | undefined {
    return this.expanded ? this.options[this.activeIndex] : undefined;
  }

  input(value: string): void {
    this.query = value;
    this.expanded = value.trim() !== '' || this.options.length > 0;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  open(): void {
    this.expanded = true;
    this.host.requestUpdate();
  }

  close(): void {
    if (!this.expanded) return;
    this.expanded = false;
    this.activeIndex = -1;
    this.host.requestUpdate();
  }

  choose(option: TagOption): void {
    this.config.add(option.tag);
    this.query = '';
    this.activeIndex = -1;
    this.expanded = false;
    this.host.requestUpdate();
  }

  keydown(event: KeyboardEvent): void {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count === 0) return;
        this.expanded = true;
        this.activeIndex = this.activeIndex < count - 1 ? this.activeIndex + 1 : 0;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count === 0) return;
        this.expanded = true;
        this.activeIndex = this.activeIndex > 0 ? this.activeIndex - 1 : count - 1;
        break;
      case 'Enter': {
        // Enter in the tag box never submits the form.
        event.preventDefault();
        const option = this.activeOption ?? this.typedOption();
        if (option) this.choose(option);
        return;
      }
      case 'Escape':
        if (this.expanded) {
          this.stopEscape(event);
          this.close();
        } else if (this.query) {
          this.stopEscape(event);
          this.input('');
        }
        return;
      case 'Backspace':
        if (this.query === '') this.config.removeLast();
        return;
      default:
        return;
    }
    this.host.requestUpdate();
  }

  /** The option Enter picks when none is active: the typed text, matched to an existing tag's spelling. */
  private typedOption(): TagOption | undefined {
    const text = this.query.trim();
    if (!text) return undefined;
    const existing = this.options.find((option) => option.tag.toLowerCase() === text.toLowerCase());
    return existing ?? this.options.find((option) => option.isNew);
  }

  /** An Escape the list used must not also close the dialog around it. */
  private stopEscape(event: KeyboardEvent): void {
    event.preventDefault();
    event.stopPropagation();
  }
}

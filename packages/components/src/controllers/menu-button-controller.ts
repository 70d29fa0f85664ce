import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface MenuButtonOptions {
  /** The button that opens the menu with this key. */
  button: (key: string) => HTMLElement | null | undefined;
  /** The open menu (`role="menu"`, rendered with `popover="manual"` while `openKey` is set). */
  menu: () => HTMLElement | null | undefined;
}

type Focus = 'first' | 'last';

/**
 * The WAI-ARIA APG menu button pattern for a set of buttons that each open a menu, one at a time.
 * Enter, Space or Down on the button opens its menu at the first item, Up at the last; in the
 * menu, Up/Down move (wrapping), Home/End jump, Escape closes it and returns to the button, Tab
 * closes it and moves on; a click elsewhere closes it. The menu is shown in the top layer, under
 * its button, so no scrolling container clips it.
 */
export class MenuButtonController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: MenuButtonOptions;
  #openKey?: string;

  constructor(host: ReactiveControllerHost & HTMLElement, options: MenuButtonOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Key of the menu that is open, if one is. */
  get openKey(): string | undefined {
    return this.#openKey;
  }

  hostDisconnected(): void {
    this.#unlisten();
    this.#openKey = undefined;
  }

  async open(key: string, focus: Focus = 'first'): Promise<void> {
    if (this.#openKey !== undefined && this.#openKey !== key) this.close();
    this.#openKey = key;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const menu = this.#options.menu();
    const button = this.#options.button(key);
    if (!menu || !button || this.#openKey !== key) return;
    if (!menu.matches(':popover-open')) menu.showPopover();
    this.#place(menu, button);
    this.#listen();
    const items = this.#items(menu);
    (focus === 'first' ? items[0] : items.at(-1))?.focus();
  }

  /** Closes the open menu; `returnFocus` puts focus back on its button. */
  close({ returnFocus = false } = {}): void {
    const key = this.#openKey;
    if (key === undefined) return;
    const menu = this.#options.menu();
    if (menu?.matches(':popover-open')) menu.hidePopover();
    this.#openKey = undefined;
    this.#unlisten();
    this.#host.requestUpdate();
    if (returnFocus) this.#options.button(key)?.focus();
  }

  /** Bind to each menu button's `click`. */
  toggle(key: string): void {
    if (this.#openKey === key) this.close({ returnFocus: true });
    else void this.open(key);
  }

  /** Bind to each menu button's `keydown`. */
  handleButtonKeydown(event: KeyboardEvent, key: string): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void this.open(key, 'first');
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      void this.open(key, 'last');
    }
  }

  /** Bind to the menu's `keydown`. */
  readonly handleMenuKeydown = (event: KeyboardEvent): void => {
    const menu = this.#options.menu();
    if (!menu || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.#items(menu);
    const current = items.indexOf(this.#activeItem(menu)!);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = (current + 1) % items.length;
        break;
      case 'ArrowUp':
        next = (current - 1 + items.length) % items.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = items.length - 1;
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        this.close({ returnFocus: true });
        return;
      case 'Tab':
        // Focus moves on from the button, as if the menu had never opened.
        this.#options.button(this.#openKey ?? '')?.focus();
        this.close();
        return;
      default:
        return;
    }
    event.preventDefault();
    items[next]?.focus();
  };

  #items(menu: HTMLElement): HTMLElement[] {
    return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  #activeItem(menu: HTMLElement): HTMLElement | undefined {
    const active = (menu.getRootNode() as ShadowRoot | Document).activeElement;
    return active instanceof HTMLElement && menu.contains(active) ? active : undefined;
  }

  /** Under the button, its end edges aligned, flipped above when there is no room below. */
  #place(menu: HTMLElement, button: HTMLElement): void {
    const anchor = button.getBoundingClientRect();
    const { width, height } = menu.getBoundingClientRect();
    const gap = 4;
    const below = anchor.bottom + gap;
    const top = below + height > window.innerHeight && anchor.top - gap - height >= 0 ? anchor.top - gap - height : below;
    const rtl = getComputedStyle(button).direction === 'rtl';
    const left = rtl ? anchor.left : anchor.right - width;
    menu.style.top = `${Math.max(0, top)}px`;
    menu.style.left = `${Math.min(Math.max(0, left), Math.max(0, window.innerWidth - width))}px`;
  }

  readonly #onPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const menu = this.#options.menu();
    const button = this.#options.button(this.#openKey ?? '');
    if ((menu && path.includes(menu)) || (button && path.includes(button))) return;
    this.close();
  };

  /** The menu is placed once; a scroll or resize would leave it behind its button. */
  readonly #onViewportChange = (event: Event): void => {
    const menu = this.#options.menu();
    if (menu && event.composedPath().includes(menu)) return;
    this.close();
  };

  #listen(): void {
    document.addEventListener('pointerdown', this.#onPointerDown, true);
    window.addEventListener('scroll', this.#onViewportChange, true);
    window.addEventListener('resize', this.#onViewportChange);
  }

  #unlisten(): void {
    document.removeEventListener('pointerdown', this.#onPointerDown, true);
    window.removeEventListener('scroll', this.#onViewportChange, true);
    window.removeEventListener('resize', this.#onViewportChange);
  }
}

import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS property name (as in a style sheet: `height`, `--columns`) → value. */
export type StyleProps = Readonly<Record<string, string>>;

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), placed in an element's
 * tag: `<div ${styleProps({ height: '40px' })}>`. Unlike a `style` attribute (a string binding,
 * or `styleMap`'s first render), this passes a `style-src` policy without 'unsafe-inline'.
 * Only properties whose value changed are written, so rows re-rendered on scroll touch nothing.
 */
class StylePropsDirective extends Directive {
  #previous: StyleProps = {};

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProps() belongs in an element tag: <div ${styleProps(…)}>');
  }

  render(_props: StyleProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement;
    for (const name of Object.keys(this.#previous)) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) {
      if (this.#previous[name] !== value) style.setProperty(name, value);
    }
    this.#previous = props;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);

import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens. Elements read `--soc-*` custom properties only through these, so every element
 * has the light defaults below even when the page loads no theme; `theme.css` (or the host page)
 * sets the properties for light and dark. Colours meet WCAG AA contrast on their backgrounds.
 * `colorScheme` is the set the colours belong to (`light`, `dark` or `light dark`): every host
 * takes it as its `color-scheme`, so native controls and scrollbars match the colours around them.
 */
const TOKENS = {
  colorScheme: ['--soc-color-scheme', 'light'],
  fontFamily: ['--soc-font-family', "'Segoe UI', system-ui, -apple-system, 'Helvetica Neue', Arial, sans-serif"],
  fontSizeSmall: ['--soc-font-size-small', '12px'],
  fontSize: ['--soc-font-size', '14px'],
  fontSizeLarge: ['--soc-font-size-large', '20px'],
  colorText: ['--soc-color-text', '#1b1a19'],
  colorTextMuted: ['--soc-color-text-muted', '#545454'],
  colorBackground: ['--soc-color-background', '#ffffff'],
  colorSurface: ['--soc-color-surface', '#faf9f8'],
  colorSurfaceRaised: ['--soc-color-surface-raised', '#f3f2f1'],
  colorBorder: ['--soc-color-border', '#c8c6c4'],
  colorBorderStrong: ['--soc-color-border-strong', '#8a8886'],
  colorAccent: ['--soc-color-accent', '#0f6cbd'],
  colorAccentHover: ['--soc-color-accent-hover', '#115ea3'],
  colorOnAccent: ['--soc-color-on-accent', '#ffffff'],
  colorSelected: ['--soc-color-selected', '#ebf3fc'],
  colorFocus: ['--soc-color-focus', '#0f6cbd'],
  colorDanger: ['--soc-color-danger', '#b10e1c'],
  colorDangerSurface: ['--soc-color-danger-surface', '#fdf3f4'],
  colorWarning: ['--soc-color-warning', '#8a3707'],
  colorWarningSurface: ['--soc-color-warning-surface', '#fff9f5'],
  colorSuccess: ['--soc-color-success', '#0e700e'],
  colorSuccessSurface: ['--soc-color-success-surface', '#f1faf1'],
  colorConsoleBackground: ['--soc-color-console-background', '#1e1e1e'],
  colorConsoleSurface: ['--soc-color-console-surface', '#2b2b2b'],
  colorConsoleBorder: ['--soc-color-console-border', '#5c5b5a'],
  colorConsoleText: ['--soc-color-console-text', '#f3f2f1'],
  colorConsoleTextMuted: ['--soc-color-console-text-muted', '#c8c6c4'],
  colorConsolePrompt: ['--soc-color-console-prompt', '#6cb8f6'],
  colorConsoleDanger: ['--soc-color-console-danger', '#ff99a4'],
  colorConsoleSuccess: ['--soc-color-console-success', '#9fd89f'],
  colorConsoleFocus: ['--soc-color-console-focus', '#6cb8f6'],
  fontFamilyMonospace: ['--soc-font-family-monospace', "Consolas, 'Cascadia Mono', 'Courier New', monospace"],
  severityHigh: ['--soc-color-severity-high', '#b10e1c'],
  severityMedium: ['--soc-color-severity-medium', '#8a3707'],
  severityLow: ['--soc-color-severity-low', '#6b5d00'],
  severityInformational: ['--soc-color-severity-informational', '#545454'],
  radius: ['--soc-radius', '4px'],
  spacing: ['--soc-spacing', '8px'],
  shadow: ['--soc-shadow', '0 4px 16px rgba(0, 0, 0, 0.18)'],
} as const;

export type TokenName = keyof typeof TOKENS;

/** `var(--soc-…, default)` for each token, ready to interpolate into `css`. */
export const token = Object.fromEntries(
  Object.entries(TOKENS).map(([name, [property, fallback]]) => [name, unsafeCSS(`var(${property}, ${fallback})`)]),
) as Record<TokenName, CSSResult>;

/**
 * Custom Elements Manifest analyzer plugins for SOC Kit.
 *
 * Tags are registered in each folder's `define.ts` through `SocX.define('soc-…')`, which the
 * analyzer does not recognise (it only knows `customElements.define`); events are `Event`
 * subclasses in `src/events/` carrying their name in `static readonly type`. These plugins make
 * those two conventions the single source of the manifest's tag names and event types, keep
 * only the public API, and point module paths at the published `dist/` files.
 */
import path from 'node:path';

/** Event names an element may list in `@fires` without an event class: native events it re-dispatches. */
export const NATIVE_EVENTS = new Set(['change', 'input', 'close', 'cancel', 'toggle', 'select', 'submit']);

const posix = path.posix;

/** `src/queue/incident-queue.ts` or `/src/queue/incident-queue.js` → `dist/queue/incident-queue.js`. */
export function toDistPath(modulePath) {
  return modulePath.replace(/^\.?\//, '').replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** `src/queue/incident-queue.ts` and `./incident-queue.js` as written in src/queue/define.ts. */
function resolveImport(fromModule, specifier) {
  return posix.normalize(posix.join(posix.dirname(fromModule), specifier)).replace(/\.js$/, '.ts');
}

/**
 * Reads `SocX.define('soc-x')` calls in `define.ts` modules and adds the
 * `custom-element-definition` export the analyzer's own linking turns into `tagName`.
 */
function defineCallsPlugin() {
  return {
    name: 'soc-kit:define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith('/define.ts')) return;
      if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
      const { expression: target, name } = node.expression;
      const [tag] = node.arguments;
      if (name.text !== 'define' || !ts.isIdentifier(target) || !tag || !ts.isStringLiteral(tag)) return;

      const className = target.text;
      const specifier = node
        .getSourceFile()
        .statements.filter(ts.isImportDeclaration)
        .find((statement) =>
          statement.importClause?.namedBindings?.elements?.some((element) => element.name.text === className),
        )?.moduleSpecifier.text;
      const module = specifier ? resolveImport(moduleDoc.path, specifier) : moduleDoc.path;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: className, module },
      });
    },
  };
}

const CONVERTER_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };

/** The text of `@name(...)` decorators on a class member, by decorator name. */
function decoratorCalls(ts, node) {
  const calls = new Map();
  for (const decorator of ts.getDecorators?.(node) ?? []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) calls.set(call.expression.text, call);
  }
  return calls;
}

/**
 * Fills in what the analyzer cannot see in Lit fields: the type of an unannotated
 * `@property({ type: Number }) x = SOME_CONSTANT`, and a description for services that
 * arrive through `@consume` (the API client), which the elements leave undocumented.
 */
function litFieldsPlugin() {
  const found = new Map();
  return {
    name: 'soc-kit:lit-fields',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      const key = `${node.parent.name.text}.${node.name.getText()}`;
      const calls = decoratorCalls(ts, node);
      const options = calls.get('property')?.arguments[0];
      const typeOption =
        options && ts.isObjectLiteralExpression(options)
          ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'type')
          : undefined;
      found.set(key, {
        converterType: !node.type && typeOption ? CONVERTER_TYPES[typeOption.initializer.getText()] : undefined,
        consumed: calls.has('consume'),
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const member of declaration.members ?? []) {
            const field = found.get(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`);
            if (!field) continue;
            if (!member.type && field.converterType) member.type = { text: field.converterType };
            if (field.consumed && !member.description) {
              member.description =
                'Provided by the closest `<soc-api-provider>` through context; set it yourself only where no provider surrounds the element.';
            }
          }
        }
      }
    },
  };
}

/** Gives each `@fires` event the class that carries its name (`static readonly type = 'soc-…'`). */
function eventTypesPlugin() {
  return {
    name: 'soc-kit:event-types',
    packageLinkPhase({ customElementsManifest }) {
      const eventClasses = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          const type = declaration.kind === 'class' && declaration.members?.find((m) => m.static && m.name === 'type');
          const eventName = type?.default?.match(/^['"]([^'"]+)['"]$/)?.[1];
          if (eventName) eventClasses.set(eventName, { name: declaration.name, module: mod.path });
        }
      }
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const eventClass = eventClasses.get(event.name);
            if (eventClass) {
              event.type = {
                text: eventClass.name,
                references: [{ name: eventClass.name, module: eventClass.module, start: 0, end: eventClass.name.length }],
              };
            } else if (NATIVE_EVENTS.has(event.name)) {
              event.type = { text: 'Event' };
            } else {
              console.warn(`[soc-kit] ${declaration.name}: @fires ${event.name} has no event class in src/events/.`);
            }
          }
        }
      }
    },
  };
}

const isPublicMember = (member) =>
  !member.static && !member.privacy && !member.name.startsWith('_') && !member.name.startsWith('#');

/**
 * Keeps an element's public instance API only (no static, private, protected or `_` members), types
 * attributes from their fields, and drops modules that carry no element, event or definition.
 */
function publicApiPlugin() {
  return {
    name: 'soc-kit:public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.customElement) continue;
          declaration.members = (declaration.members ?? []).filter(isPublicMember);
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members.find((m) => m.name === attribute.fieldName);
            if (!attribute.type && field?.type) attribute.type = { ...field.type };
          }
          if (!declaration.members.length) delete declaration.members;
        }
      }
      const keep = (mod) =>
        mod.path === 'src/index.ts' ||
        mod.path.startsWith('src/events/') ||
        mod.exports?.some((e) => e.kind === 'custom-element-definition') ||
        // An element class left without a tag stays, so scripts/manifest.mjs can report it.
        mod.declarations?.some((d) => d.customElement || d.superclass?.name === 'SocElement');
      customElementsManifest.modules = customElementsManifest.modules.filter(keep);
    },
  };
}

/** Rewrites every module path and reference from `src/….ts` to the published `dist/….js`. */
function distPathsPlugin() {
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string') value[key] = toDistPath(child);
      else rewrite(child);
    }
  };
  return {
    name: 'soc-kit:dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          // The analyzer takes a global superclass (`extends CustomEvent`) for one of the module's own.
          const superclass = declaration.superclass;
          if (superclass?.module === mod.path && !mod.declarations.some((d) => d.name === superclass.name)) {
            delete superclass.module;
            superclass.package = 'global:';
          }
        }
        // Re-exports name their module relative to the exporting module (`./internal/soc-element.js`).
        for (const exported of mod.exports ?? []) {
          const target = exported.declaration;
          if (target?.module?.startsWith('.')) {
            target.module = posix.join(posix.dirname(mod.path), target.module);
          }
        }
      }
      rewrite(customElementsManifest.modules);
      // Code-unit order, not the machine's locale.
      customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

export function socKitPlugins() {
  return [defineCallsPlugin(), litFieldsPlugin(), eventTypesPlugin(), publicApiPlugin(), distPathsPlugin()];
}

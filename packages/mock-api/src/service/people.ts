import type { Assignee, Principal, Role } from '@soc-kit/components/api';

/** The signed-in user of the demo; the role is chosen at run time. */
export const DEMO_USER = { id: 'alex.wilber@contoso.com', displayName: 'Alex Wilber' } as const;

/** The SOC analysts incidents can be assigned to, sorted by display name. */
export const ASSIGNEES: readonly Assignee[] = [
  DEMO_USER,
  { id: 'adele.vance@contoso.com', displayName: 'Adele Vance' },
  { id: 'diego.siciliani@contoso.com', displayName: 'Diego Siciliani' },
  { id: 'grady.archie@contoso.com', displayName: 'Grady Archie' },
  { id: 'isaiah.langer@contoso.com', displayName: 'Isaiah Langer' },
  { id: 'johanna.lorenz@contoso.com', displayName: 'Johanna Lorenz' },
  { id: 'lee.gu@contoso.com', displayName: 'Lee Gu' },
  { id: 'lidia.holloway@contoso.com', displayName: 'Lidia Holloway' },
  { id: 'megan.bowen@contoso.com', displayName: 'Megan Bowen' },
  { id: 'miriam.graham@contoso.com', displayName: 'Miriam Graham' },
  { id: 'nestor.wilke@contoso.com', displayName: 'Nestor Wilke' },
  { id: 'patti.fernandez@contoso.com', displayName: 'Patti Fernandez' },
].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'));

const ASSIGNEE_BY_LOWER_ID = new Map(ASSIGNEES.map((assignee) => [assignee.id.toLowerCase(), assignee]));

/** The assignee with this UPN (case-insensitive), if any. */
export function findAssignee(upn: string): Assignee | undefined {
  return ASSIGNEE_BY_LOWER_ID.get(upn.toLowerCase());
}

export function principalFor(role: Role): Principal {
  return { id: DEMO_USER.id, displayName: DEMO_USER.displayName, roles: [role] };
}

/** The strongest role a principal holds, or `undefined` when it holds none. */
export function strongestRole(principal: Principal): Role | undefined {
  const roles = principal.roles ?? [];
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('responder')) return 'responder';
  if (roles.includes('reader')) return 'reader';
  return undefined;
}

/** Employees of the demo tenant whose devices, mailboxes and accounts appear as evidence. */
export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Ahmed', 'Aisha', 'Alan', 'Amelia', 'Ana', 'Andrew', 'Anita', 'Ben', 'Bianca', 'Carlos',
  'Chen', 'Chloe', 'Daniel', 'Deepa', 'Elena', 'Emma', 'Farah', 'Felix', 'Gabriel', 'Grace', 'Hana', 'Hugo',
  'Ines', 'Ivan', 'Jamal', 'Jana', 'Jonas', 'Julia', 'Kenji', 'Laura', 'Liam', 'Lucia', 'Marco', 'Maya',
  'Mohammed', 'Nadia', 'Noah', 'Olga', 'Omar', 'Priya', 'Rafael', 'Rosa', 'Sam', 'Sofia', 'Tariq', 'Yuki',
] as const;

export const LAST_NAMES = [
  'Adams', 'Alvarez', 'Baker', 'Bauer', 'Brooks', 'Castillo', 'Chowdhury', 'Costa', 'Dubois', 'Eriksson',
  'Fischer', 'Garcia', 'Haddad', 'Hansen', 'Ito', 'Jensen', 'Kaur', 'Kim', 'Kowalski', 'Larsen', 'Lopez',
  'Meyer', 'Moreau', 'Nakamura', 'Novak', 'Okafor', 'Olsen', 'Patel', 'Petrov', 'Quinn', 'Rossi', 'Santos',
  'Schmidt', 'Silva', 'Singh', 'Sato', 'Tanaka', 'Torres', 'Varga', 'Weber', 'Wong', 'Zhang',
] as const;

export const DEPARTMENTS = [
  'Finance', 'Human Resources', 'Sales', 'Marketing', 'Engineering', 'IT Operations', 'Legal', 'Executive Office',
  'Customer Support', 'Research', 'Procurement', 'Facilities',
] as const;

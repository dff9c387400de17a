/** The parts of a roster entry that decide what someone may do. */
export interface RoleEntry {
  role: 'administrator' | 'coordinator' | 'facilitator';
  region: string | null;
}

/** The parts of a session that decide who may act on it. */
export interface SessionParties {
  region: string;
  unionFacilitator: string;
  employerFacilitator: string;
}

/** True for a program administrator. */
export function isAdministrator(roles: readonly RoleEntry[]): boolean {
  return roles.some((r) => r.role === 'administrator');
}

/** The regions a person coordinates. */
export function coordinatedRegions(roles: readonly RoleEntry[]): string[] {
  return roles.flatMap((r) => (r.role === 'coordinator' && r.region ? [r.region] : []));
}

/** Only the region's coordinators, and administrators, schedule, reschedule or cancel its sessions. */
export function canManageRegion(roles: readonly RoleEntry[], region: string): boolean {
  return isAdministrator(roles) || coordinatedRegions(roles).includes(region);
}

/** A session's facilitators and its region's coordinators (and administrators) run it. */
export function canRunSession(
  roles: readonly RoleEntry[],
  userId: string,
  session: SessionParties,
): boolean {
  const id = userId.toLowerCase();
  return (
    session.unionFacilitator === id ||
    session.employerFacilitator === id ||
    canManageRegion(roles, session.region)
  );
}

/** True when a person may see a queue at all: a coordinator or an administrator. */
export function canSeeQueue(roles: readonly RoleEntry[]): boolean {
  return isAdministrator(roles) || coordinatedRegions(roles).length > 0;
}

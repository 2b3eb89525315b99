// Who is asking: what every service receives instead of a request.
export type Role = "admin" | "unit" | "leader";

export interface Actor {
  orgId: string;
  userId: string;
  role: Role;
  /** Set for `unit` users only: the department they act for. */
  unitId: string | null;
}

export interface SessionUser extends Actor {
  username: string;
  displayName: string;
  unitName: string | null;
  orgName: string;
}

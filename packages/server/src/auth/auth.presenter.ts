import type { SessionUser } from "./actor.js";
import type { UserView } from "./auth.schema.js";

export function presentSessionUser(user: SessionUser): UserView {
  return {
    id: user.userId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unitName,
    orgId: user.orgId,
    orgName: user.orgName,
  };
}

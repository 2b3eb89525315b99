import { z } from "zod";

export const roleSchema = z.enum(["admin", "unit", "leader"]);

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    orgId: z.string(),
    orgName: z.string(),
  })
  .meta({ id: "User" });

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const sessionResponseSchema = z.object({ user: userSchema, csrfToken: z.string() });

export type UserView = z.infer<typeof userSchema>;

import { z } from "zod";
import { roleSchema } from "../auth/auth.schema.js";

export const managedUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: roleSchema,
    unitId: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: "ManagedUser" });

export const createUserBodySchema = z.object({
  username: z
    .string()
    .trim()
    .min(2)
    .max(64)
    .regex(/^[A-Za-z0-9._-]+$/, "用户名只能包含字母、数字、点、下划线和连字符"),
  displayName: z.string().trim().min(1).max(100),
  role: roleSchema,
  unitId: z.string().nullable().default(null),
  password: z.string().min(8).max(256).optional(),
});

export const updateUserBodySchema = z.object({
  displayName: z.string().trim().min(1).max(100).optional(),
  role: roleSchema.optional(),
  unitId: z.string().nullable().optional(),
  active: z.boolean().optional(),
});

export type CreateUserInput = z.infer<typeof createUserBodySchema>;
export type UpdateUserInput = z.infer<typeof updateUserBodySchema>;

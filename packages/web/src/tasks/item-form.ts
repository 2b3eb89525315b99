// The edit drawer's form values and the PATCH they become: the full lists of targets and milestones
// (what is left out is removed), keeping the fields the form does not show.
import dayjs, { type Dayjs } from "dayjs";
import type { ItemDetail, ItemPatch, ItemType, TargetComparator, TargetInput } from "../api/api-types.js";

export interface TargetFormValue {
  id?: string;
  metric: string;
  targetValue: number;
  unit: string;
  comparator: TargetComparator;
}

export interface MilestoneFormValue {
  id?: string;
  name: string;
  due: Dayjs;
  done: Dayjs | null;
}

export interface ItemFormValues {
  title: string;
  area: string;
  type: ItemType;
  leadUnitId: string | null;
  coUnitIds: string[];
  deadline: Dayjs;
  description: string;
  public: boolean;
  publicProgress: string;
  targets: TargetFormValue[];
  milestones: MilestoneFormValue[];
}

const ISO_DATE = "YYYY-MM-DD";

export function itemFormValues(item: ItemDetail): ItemFormValues {
  return {
    title: item.title,
    area: item.area ?? "",
    type: item.type,
    leadUnitId: item.leadUnit?.id ?? null,
    coUnitIds: item.coUnits.map((unit) => unit.id),
    deadline: dayjs(item.deadline),
    description: item.description,
    public: item.public,
    publicProgress: item.publicProgress,
    targets: item.targets.map((target) => ({
      id: target.id,
      metric: target.metric,
      targetValue: target.targetValue,
      unit: target.unit,
      comparator: target.comparator,
    })),
    milestones: item.milestones.map((milestone) => ({
      id: milestone.id,
      name: milestone.name,
      due: dayjs(milestone.due),
      done: milestone.done ? dayjs(milestone.done) : null,
    })),
  };
}

/** The PATCH for the form's values, based on the version of the item the form was filled from. */
export function itemPatchFrom(item: ItemDetail, values: ItemFormValues): ItemPatch {
  const before = new Map(item.targets.map((target) => [target.id, target]));
  const targets: TargetInput[] = (values.targets ?? []).map((entry) => {
    const original = entry.id ? before.get(entry.id) : undefined;
    const input: TargetInput = {
      metric: entry.metric.trim(),
      unit: (entry.unit ?? "").trim(),
      comparator: entry.comparator,
      targetValue: entry.targetValue,
    };
    if (!original) return input;
    const sameShape = original.unit === input.unit && original.comparator === input.comparator;
    return {
      ...input,
      id: original.id,
      upperValue: original.upperValue,
      baseline: original.baseline,
      direction: original.direction,
      kind: original.kind,
      // A changed unit or comparator may turn a quantity into a rate: the server then decides afresh.
      ...(sameShape && { measure: original.measure }),
    };
  });
  return {
    version: item.version,
    title: values.title.trim(),
    area: values.area?.trim() || null,
    type: values.type,
    leadUnitId: values.leadUnitId ?? null,
    coUnitIds: (values.coUnitIds ?? []).filter((id) => id !== values.leadUnitId),
    deadline: values.deadline.format(ISO_DATE),
    description: values.description ?? "",
    public: values.public,
    publicProgress: values.publicProgress ?? "",
    targets,
    milestones: (values.milestones ?? []).map((milestone) => ({
      ...(milestone.id && { id: milestone.id }),
      name: milestone.name.trim(),
      due: milestone.due.format(ISO_DATE),
      done: milestone.done ? milestone.done.format(ISO_DATE) : null,
    })),
  };
}

import { Tag } from "antd";

/** A responsible unit; the role word (牵头/配合) is part of the text, not only of the colour. */
export function UnitTag({ name, kind }: { name: string; kind: "lead" | "co" }) {
  return kind === "lead" ? (
    <Tag color="blue" variant="filled" className="unit-tag" data-role="lead">
      牵头 · {name}
    </Tag>
  ) : (
    <Tag className="unit-tag" data-role="co">
      配合 · {name}
    </Tag>
  );
}

import type { UnitCatalogue } from "./unit-catalogue.js";

/** Standard departments of a district/county government and the topics each leads. */
export const defaultUnitCatalogue: UnitCatalogue = [
  { unit: "发展和改革委员会", keywords: ["项目", "投资", "谋划"] },
  { unit: "科技局", keywords: ["科技", "创新", "研发"] },
  { unit: "农业农村局", keywords: ["农业", "农村", "粮食", "高标准农田"] },
  { unit: "交通运输局", keywords: ["公路", "交通"] },
];

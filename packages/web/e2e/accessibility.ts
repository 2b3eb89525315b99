// Checks a person using a screen reader would make: every form field has a name it can be found by.
import type { Page } from "playwright-core";

/**
 * Describes the visible form fields inside `scope` that have no label: no <label for>, no wrapping
 * label, no aria-label or aria-labelledby. An empty list means every field is labelled.
 */
export function unlabelledFields(page: Page, scope = "body"): Promise<string[]> {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector);
    if (!root) return [`no element matches ${selector}`];
    const fields = root.querySelectorAll<HTMLElement>(
      "input:not([type=hidden]), textarea, select, [role=combobox], [role=switch], [role=spinbutton]",
    );
    const missing: string[] = [];
    for (const field of fields) {
      const hidden =
        field.closest("[aria-hidden=true]") ||
        (field.offsetParent === null && field.getAttribute("type") !== "file");
      if (hidden) continue;
      const labelled =
        (field as HTMLInputElement).labels?.length ||
        field.getAttribute("aria-label")?.trim() ||
        field
          .getAttribute("aria-labelledby")
          ?.split(/\s+/)
          .some((id) => document.getElementById(id)?.textContent?.trim());
      if (!labelled) missing.push(field.outerHTML.slice(0, 120));
    }
    return missing;
  }, scope);
}

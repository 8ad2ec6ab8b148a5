/** Flattens a form's section tree, keeping for each field the section it is printed under. */
import type { FormDefinition, FormField, FormSection } from './types.js';

export interface PlacedField {
  field: FormField;
  /** The innermost section holding the field. */
  section: FormSection;
  /** The field is in a leaders-only section (directly or through an enclosing one). */
  leadersOnly: boolean;
}

/** Every section, depth first, in print order. */
export function allSections(def: Pick<FormDefinition, 'sections'>): FormSection[] {
  const out: FormSection[] = [];
  const visit = (sections: readonly FormSection[] | undefined) => {
    for (const s of sections ?? []) {
      out.push(s);
      visit(s.sections);
    }
  };
  visit(def.sections);
  return out;
}

/** Every field in print order: a section's own fields, then its subsections'. */
export function allFields(def: Pick<FormDefinition, 'sections'>): PlacedField[] {
  const out: PlacedField[] = [];
  const visit = (sections: readonly FormSection[] | undefined, leadersOnly: boolean) => {
    for (const section of sections ?? []) {
      const lo = leadersOnly || section.leadersOnly === true;
      for (const field of section.fields ?? []) out.push({ field, section, leadersOnly: lo });
      visit(section.sections, lo);
    }
  };
  visit(def.sections, false);
  return out;
}

/** Absent `filledBy` means the person fills the field. */
export function filledByPerson(field: FormField): boolean {
  return (field.filledBy ?? 'person') === 'person';
}

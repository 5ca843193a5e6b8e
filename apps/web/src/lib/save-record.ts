/** The submit of a create-or-edit form for a named record (a company, a contact): update the
 * existing one or create a new one, say so in a toast, then close. */
import { showToast } from './toasts.js';

type Named = { id: string; name: string };

export function saveRecord<Body, Saved extends Named>(options: {
  existing: Named | undefined;
  create: (body: Body) => Promise<Saved>;
  update: (body: Body & { id: string }) => Promise<Saved>;
  onCreated?: ((created: Saved) => void | Promise<void>) | undefined;
  onClose: () => void;
}): (body: Body) => Promise<void> {
  const { existing, create, update, onCreated, onClose } = options;
  return async (body) => {
    if (existing) {
      const saved = await update({ ...body, id: existing.id });
      showToast(`Saved ${saved.name}.`);
    } else {
      const created = await create(body);
      showToast(`Added ${created.name}.`);
      await onCreated?.(created);
    }
    onClose();
  };
}

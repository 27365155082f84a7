/**
 * A GOV.UK-style confirmation in a modal `<dialog>` (focus is held in it, Escape cancels):
 * a heading that asks the question, what will happen, a warning button that does it and Cancel.
 */
export interface Confirmation {
  heading: string;
  body: string;
  confirm: string;
}

export function confirmWith(dialog: HTMLDialogElement, words: Confirmation): Promise<boolean> {
  const heading = dialog.querySelector<HTMLElement>('#pg-confirm-heading')!;
  const body = dialog.querySelector<HTMLElement>('#pg-confirm-body')!;
  const yes = dialog.querySelector<HTMLButtonElement>('#pg-confirm-yes')!;
  const no = dialog.querySelector<HTMLButtonElement>('#pg-confirm-no')!;
  heading.textContent = words.heading;
  body.textContent = words.body;
  yes.textContent = words.confirm;
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const finish = (answer: boolean) => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      opener?.focus();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onClose = () => finish(false);
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    no.focus();
  });
}

'use client';
/** The button that enters and leaves presenter mode (usePresenter). */
export function PresenterButton({ on, toggle }: { on: boolean; toggle: () => void }) {
  return (
    <button type="button" aria-pressed={on} onClick={toggle}>
      {on ? 'Leave presenter mode' : 'Presenter mode'}
    </button>
  );
}

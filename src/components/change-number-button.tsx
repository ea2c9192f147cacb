/**
 * "Use a different number": usable while a request is in flight, because the controller
 * aborts it and no late answer lands.
 */
export function ChangeNumberButton(props: { label: string; onPress: () => void }) {
  return (
    <button type="button" className="s2fa-button" data-variant="link" onClick={props.onPress}>
      {props.label}
    </button>
  );
}

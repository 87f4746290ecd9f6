/**
 * <Predict> as lessons write it. It renders on the server, where MDX's children are still
 * plain elements: a prompt with an <Explain> among its children is the new kind (widget,
 * run, then explanation); one without is the old kind, whose children are the explanation.
 * The prompt itself runs in the browser (Predict.tsx).
 */
import { Children, isValidElement } from 'react';
import { Explain } from './Explain';
import { PredictPrompt } from './Predict';
import { checkPredictProps, type PredictProps } from './predictProps';

export function Predict(props: PredictProps) {
  checkPredictProps(props);
  const hasExplain = Children.toArray(props.children).some(
    (child) => isValidElement(child) && child.type === Explain,
  );
  return <PredictPrompt {...props} oldStyle={!hasExplain} />;
}

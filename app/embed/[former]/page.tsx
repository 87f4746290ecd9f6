// A concept's former /embed/<id>/ address: moves the browser on to its new one.
import { movedPage } from '@/app/Moved';

export { formerParams as generateStaticParams, movedMetadata as metadata } from '@/app/Moved';
export const dynamicParams = false;
export default movedPage('embed');

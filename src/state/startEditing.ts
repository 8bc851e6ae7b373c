import { loadDocument } from './documentStore';
import { exampleDocument } from './startDocument';

/** Opens the document the designer starts with. */
export function startEditing(): void {
  loadDocument(exampleDocument());
}

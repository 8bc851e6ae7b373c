import { savedDocument, startAutosave } from './autosave';
import { loadDocument } from './documentStore';
import { exampleDocument } from './startDocument';

/** Opens the document saved by the last visit, else the order-fulfilment example, and autosaves. */
export function startEditing(): void {
  loadDocument(savedDocument() ?? exampleDocument());
  startAutosave();
}

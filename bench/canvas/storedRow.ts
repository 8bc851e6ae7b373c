/**
 * The stored playbook named by the page's address (`#/floor/:id`), read straight from the app's
 * IndexedDB. Not through `src/persistence/earlyRead.ts`, and not on a designer address: that
 * module's chunk is the app's early entry, which starts loading the designer on such an address.
 */
export function storedDocument<T>(): Promise<T> {
  const id = decodeURIComponent(location.hash.replace(/^#\/floor\//, ''));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('rollbook');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const get = request.result.transaction('playbooks', 'readonly').objectStore('playbooks').get(id);
      get.onerror = () => reject(get.error);
      get.onsuccess = () => resolve(JSON.parse((get.result as { documentText: string }).documentText) as T);
    };
  });
}

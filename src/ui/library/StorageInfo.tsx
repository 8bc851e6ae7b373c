import { useEffect, useState } from 'react';
import {
  type PersistenceState,
  readStorageUsage,
  requestPersistentStorage,
  type StorageUsage,
} from '../../persistence';

/**
 * Asks the browser to keep Rollbook's data (`navigator.storage.persist()`) and shows how much
 * storage is used, so nobody is surprised by a full disk or an evicted library.
 */
export function StorageInfo({ refreshKey }: { refreshKey: unknown }) {
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  useEffect(() => {
    void requestPersistentStorage(navigator.storage).then(setPersistence);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read the usage when the library changes
  useEffect(() => {
    void readStorageUsage(navigator.storage).then(setUsage);
  }, [refreshKey]);
  return (
    <p className="storage-info">
      {usage?.summary ?? 'Reading storage use…'}
      {persistence && (
        <>
          {' · '}
          {persistence.kind === 'persistent'
            ? 'the browser keeps this data until you delete it'
            : persistence.message}
        </>
      )}
    </p>
  );
}

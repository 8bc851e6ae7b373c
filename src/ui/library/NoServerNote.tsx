/** Says plainly where the data lives and what makes an approval trustworthy. */
export function NoServerNote() {
  return (
    <p className="no-server-note">
      There is no server: your playbooks stay in this browser (IndexedDB), and “acting as” is a name you type,
      not a login. An approval is trustworthy because it is bound to the content hash of exactly what was
      reviewed: any later change to the playbook voids it.
    </p>
  );
}

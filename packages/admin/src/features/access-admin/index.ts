// What other features use of this one: the revoke dialog (request detail), the export button
// (member and dossier pages) and the grant's time left.
export { default as RevokeGrantDialog } from './components/RevokeGrantDialog.vue';
export { default as GrantExportButton } from './components/GrantExportButton.vue';
export { default as GrantTimeLeft } from './components/GrantTimeLeft.vue';

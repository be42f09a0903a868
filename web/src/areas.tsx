import type { ReactNode } from 'react';
import { AuditPage } from './pages/audit-page.js';
import { FairnessPage } from './pages/fairness-page.js';
import { GuardPage } from './pages/guard-page.js';
import { PrivacyPage } from './pages/privacy-page.js';
import { RegistryPage } from './pages/registry-page.js';
import { ScanPage } from './pages/scan-page.js';
import { StatusPage } from './pages/status-page.js';

/** One entry per area of the dashboard; a page is shown by the hash route `#/<id>`. */
export interface Area {
  readonly id: string;
  readonly label: string;
  /** Permission needed to use the page; undefined for public pages. */
  readonly permission?: string;
  readonly render: () => ReactNode;
}

export const areas: readonly Area[] = [
  { id: 'status', label: 'Status', render: () => <StatusPage /> },
  { id: 'registry', label: 'Registry', permission: 'model:read', render: () => <RegistryPage /> },
  { id: 'scan', label: 'Model scanner', permission: 'scan:run', render: () => <ScanPage /> },
  { id: 'guard', label: 'Prompt guard', permission: 'guard:check', render: () => <GuardPage /> },
  { id: 'privacy', label: 'Privacy', permission: 'pii:scan', render: () => <PrivacyPage /> },
  { id: 'fairness', label: 'Fairness', permission: 'fairness:run', render: () => <FairnessPage /> },
  { id: 'audit', label: 'Audit log', permission: 'audit:read', render: () => <AuditPage /> },
];

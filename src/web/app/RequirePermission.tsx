/** Shows the 403 page instead of a route the user has no permission for. */
import type { ReactNode } from 'react';
import type { Permission } from '../../domain/roles.js';
import { Forbidden } from '../components/Forbidden.js';
import { useAuth } from './auth.js';

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <Forbidden />;
}

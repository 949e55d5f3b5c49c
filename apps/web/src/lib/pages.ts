import type { Page } from '@hackboard/contracts';
import { apiRequest } from './api-client';

const PAGE = 100;
const MAX_ITEMS = 5_000;

/**
 * Every item of a paged list, page by page (the API gives at most 100 at a time). For lists an
 * organizer filters in the browser, such as teams and submissions; `path` may carry a query.
 */
export async function fetchAllPages<T>(path: string): Promise<Page<T>> {
  const separator = path.includes('?') ? '&' : '?';
  const items: T[] = [];
  let total = 0;
  do {
    const page = await apiRequest<Page<T>>(`${path}${separator}limit=${PAGE}&offset=${items.length}`);
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0) break;
  } while (items.length < total && items.length < MAX_ITEMS);
  return { items, total, limit: items.length, offset: 0 };
}

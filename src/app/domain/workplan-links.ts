/**
 * Which work-plan items an activity delivers. The link is kept on the item (an activity in a
 * locked period can still be linked), so linking from the activity's form changes plans.
 */
import type { WorkPlan } from './schema';

/** One item of one plan: `<plan id>/<item id>`. */
export const itemKey = (plan: string, item: string): string => `${plan}/${item}`;

/** The items that list the activity as delivering them. */
export function itemsDelivering(plans: readonly WorkPlan[], activity: string): string[] {
  return plans.flatMap((p) =>
    p.items.filter((i) => i.activities.includes(activity)).map((i) => itemKey(p.id, i.id)),
  );
}

/**
 * The plans that change when the activity is to deliver exactly `delivers`: linked to items
 * newly chosen, unlinked from items no longer chosen. Plans that do not change are left out.
 */
export function relinked(
  plans: readonly WorkPlan[],
  activity: string,
  delivers: readonly string[],
): WorkPlan[] {
  const wanted = new Set(delivers);
  return plans.flatMap((plan) => {
    let changed = false;
    const items = plan.items.map((item) => {
      const want = wanted.has(itemKey(plan.id, item.id));
      const has = item.activities.includes(activity);
      if (want === has) return item;
      changed = true;
      return {
        ...item,
        activities: want
          ? [...item.activities, activity]
          : item.activities.filter((a) => a !== activity),
      };
    });
    return changed ? [{ ...plan, items }] : [];
  });
}

/**
 * What a page that sends the user on puts into the history entry to have the next page say it
 * once (the layout shows it, politely announced): a translation key in the common strings.
 */
export interface ArrivalNoticeState {
  notice: { key: string; values?: Record<string, string> };
}

export const arrivalNotice = (key: string, values?: Record<string, string>): ArrivalNoticeState => ({
  notice: values ? { key, values } : { key },
});

import { noticeStyles, stateStyles } from '../styles/notice.styles.js';

/**
 * What the Investigations and Evidence and Response tabs share: the error banner over data kept
 * on screen, the read-only note, and the loading/empty/error states with their Retry.
 */
export const responseTabStyles = [noticeStyles, stateStyles];

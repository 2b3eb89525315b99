// The words for how long a locked-out login must wait.

/** `90` → `1分30秒`; `3600` → `1小时`; never less than one second. */
export function formatWait(seconds: number): string {
  const total = Math.max(1, Math.ceil(seconds));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  const parts = [hours && `${hours}小时`, minutes && `${minutes}分`, rest && `${rest}秒`].filter(Boolean);
  return parts.join("");
}

export function lockoutMessage(secondsLeft: number): string {
  return `登录失败次数过多，账号已暂时锁定，请 ${formatWait(secondsLeft)} 后再试`;
}

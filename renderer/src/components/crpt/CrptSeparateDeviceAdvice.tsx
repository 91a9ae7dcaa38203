import { message } from '../../../../shared/texts/messages';
import { useLanguage } from '../../hooks/useSettings';

/** Advice, labelled as such: a device of the app's own in СУЗ, so that its token and the marking program's do not kill each other. */
export function CrptSeparateDeviceAdvice() {
  const language = useLanguage();
  const title = message('crpt_separate_device_title', language);
  return (
    <aside aria-label={title} className="callout callout-info" data-testid="crpt-separate-device">
      <p className="callout-title">{title}</p>
      <p>{message('crpt_separate_device_advice', language)}</p>
    </aside>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Detector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
type DetectorConstructor = new (options: { formats: string[] }) => Detector;

/**
 * Reads a ticket's QR code with the phone camera: the browser's own BarcodeDetector where it has
 * one, otherwise ZXing's decoder (loaded only then). Typing the code or searching by name works
 * without a camera.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const stop = useRef<(() => void) | null>(null);
  const [state, setState] = useState<'idle' | 'scanning' | 'unavailable'>('idle');
  const report = useRef(onCode);
  useEffect(() => {
    report.current = onCode;
  }, [onCode]);

  useEffect(() => () => stop.current?.(), []);

  async function start() {
    const element = video.current;
    if (!element || !navigator.mediaDevices?.getUserMedia) return setState('unavailable');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch {
      return setState('unavailable');
    }
    setState('scanning');
    let last = '';
    const found = (code: string) => {
      if (code === last) return;
      last = code;
      report.current(code);
    };
    const Native = (globalThis as { BarcodeDetector?: DetectorConstructor }).BarcodeDetector;
    if (Native) {
      element.srcObject = stream;
      await element.play();
      const detector = new Native({ formats: ['qr_code'] });
      let running = true;
      const tick = async () => {
        if (!running) return;
        const codes = await detector.detect(element).catch(() => []);
        if (codes[0]) found(codes[0].rawValue);
        setTimeout(() => void tick(), 250);
      };
      void tick();
      stop.current = () => {
        running = false;
        stream.getTracks().forEach((track) => track.stop());
      };
    } else {
      const { BrowserQRCodeReader } = await import('@zxing/browser');
      const controls = await new BrowserQRCodeReader().decodeFromStream(stream, element, (result) => {
        if (result) found(result.getText());
      });
      stop.current = () => {
        controls.stop();
        stream.getTracks().forEach((track) => track.stop());
      };
    }
  }

  function end() {
    stop.current?.();
    stop.current = null;
    setState('idle');
  }

  return (
    <div className="scanner">
      <video ref={video} className="scanner-video" hidden={state !== 'scanning'} muted playsInline aria-hidden="true" />
      {state === 'scanning' ? (
        <button type="button" className="button button-secondary" onClick={end}>
          {t('checkIn.scan.stop')}
        </button>
      ) : (
        <button type="button" className="button button-secondary" onClick={() => void start()}>
          {t('checkIn.scan.start')}
        </button>
      )}
      {state === 'unavailable' && <p className="notice notice-info">{t('checkIn.scan.unavailable')}</p>}
    </div>
  );
}

import { useCallback, useEffect, useRef, useState } from 'react';

export type SpeechState = 'unsupported' | 'no-voice' | 'idle' | 'speaking' | 'paused';

const synth = (): SpeechSynthesis | null => (typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null);

/** A voice for `lang` ("vi" matches vi-VN and vi_VN); the system's default one first. */
export function findVoice(voices: SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const matching = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang.toLowerCase()));
  return matching.find((v) => v.default) ?? matching[0] ?? null;
}

/**
 * Reads paragraphs aloud with the browser's speech synthesis in a voice of `lang`, with pause,
 * resume and stop. Voices arrive late in Chromium (`voiceschanged`), so the state follows them.
 * Speech stops when the page goes or the language changes: nothing keeps talking over another page.
 */
export function useSpeech(lang: string) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [state, setState] = useState<'idle' | 'speaking' | 'paused'>('idle');
  // Which reading the callbacks belong to: a stopped reading's late `end` must not touch a new one.
  const reading = useRef(0);

  useEffect(() => {
    const s = synth();
    if (!s) return;
    const update = () => setVoice(findVoice(s.getVoices(), lang));
    update();
    s.addEventListener('voiceschanged', update);
    return () => {
      s.removeEventListener('voiceschanged', update);
      reading.current += 1;
      s.cancel();
      setState('idle');
    };
  }, [lang]);

  const speak = useCallback(
    (paragraphs: string[]) => {
      const s = synth();
      if (!s || !voice || paragraphs.length === 0) return;
      s.cancel();
      const id = (reading.current += 1);
      const finished = () => {
        if (id === reading.current) setState('idle');
      };
      // One utterance per paragraph: Chromium cuts a long single utterance off after a while.
      paragraphs.forEach((text, i) => {
        const utterance = new SpeechSynthesisUtterance(text);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        if (i === paragraphs.length - 1) utterance.onend = finished;
        utterance.onerror = finished;
        s.speak(utterance);
      });
      setState('speaking');
    },
    [voice],
  );

  const pause = useCallback(() => {
    synth()?.pause();
    setState('paused');
  }, []);
  const resume = useCallback(() => {
    synth()?.resume();
    setState('speaking');
  }, []);
  const stop = useCallback(() => {
    reading.current += 1;
    synth()?.cancel();
    setState('idle');
  }, []);

  const status: SpeechState = !synth() ? 'unsupported' : !voice ? 'no-voice' : state;
  return { status, speak, pause, resume, stop };
}

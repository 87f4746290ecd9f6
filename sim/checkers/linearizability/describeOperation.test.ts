import { describe, expect, it } from 'vitest';
import { describeOperation, formatInterval, toSentence, wordsFor } from './describeOperation';
import { read, write } from './operationBuilders';

describe('the words of an explanation', () => {
  const micros = wordsFor({ units: 'micros' });
  const plain = wordsFor({});

  it('says a simulation time in seconds, to the microsecond only where that tells two apart', () => {
    expect(micros.time(4_200_000)).toBe('4.200 s');
    expect(micros.time(4_200_100, 4_200_400)).toBe('4.200100 s');
    expect(micros.time(4_200_100, 4_300_000)).toBe('4.200 s');
    expect(plain.time(4)).toBe('t=4');
  });

  it('names clients as the views do and says values plainly', () => {
    const op = write(3, 2, 1_000_000, 1_250_000);
    expect(describeOperation(op, micros)).toBe("c3's write of 2");
    expect(formatInterval(op, micros)).toBe('1.000–1.250 s');
    expect(formatInterval(op, plain)).toBe('t=1000000–1250000');
    expect(micros.value(null)).toBe('no value');
    expect(micros.value('siblings [1,2,3]')).toBe('siblings 1, 2 and 3');
    expect(plain.value('siblings [1,2]')).toBe('"siblings [1,2]"');
    expect(formatInterval(read(1, 5, 2, null, { status: 'info' }), micros)).toBe(
      'from 0.000 s, outcome unknown',
    );
  });

  it('does not capitalise a client name that starts a sentence', () => {
    expect(toSentence(null, 'c2 read 1')).toBe('c2 read 1.');
    expect(toSentence(null, 'the write')).toBe('The write.');
  });
});

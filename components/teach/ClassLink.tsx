'use client';
/**
 * The class link: one run for everyone, opened by a link and copied by a button. The
 * copy takes the link's own resolved address, so it is right wherever the site is served.
 */
import Link from 'next/link';
import { useRef } from 'react';
import { ShareButton } from '@/components/controls/ShareButton';

export function ClassLink({ href, label }: { href: string; label: string }) {
  const anchor = useRef<HTMLAnchorElement>(null);
  return (
    <>
      <p>
        <Link ref={anchor} href={href}>
          {label}
        </Link>
      </p>
      <ShareButton label="Copy the class link" makeUrl={() => anchor.current?.href ?? href} />
    </>
  );
}

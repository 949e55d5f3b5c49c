import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'hackboard:public';

/** Marks an endpoint that anyone may call; every other endpoint needs a signed-in caller. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

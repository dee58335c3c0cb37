/**
 * The memory settings the Docker image runs with (Dockerfile `ENV NODE_OPTIONS` and
 * `MALLOC_ARENA_MAX`); the RSS benchmark measures the process with the same ones. Keep both in step.
 *
 * Why: the live heap of the bot is ~20–30 MB, but with V8's defaults on a large machine the heap
 * grows lazily to 300+ MB under a burst of clicks. A capped old space (80 MB), a small young
 * generation and two malloc arenas keep the peak near 140 MB at a small CPU cost.
 */
export const IMAGE_NODE_OPTIONS = '--max-old-space-size=80 --max-semi-space-size=1';
export const IMAGE_MALLOC_ARENA_MAX = '2';

"""Running briefgen: the command line and batch conversion.

``fasthelp`` is the entry point (``briefgen --help`` without typer), ``cli`` the commands.
A batch (``batch``) maps ``worker.convert_chunk`` over its inputs through an executor
(``executors``: in-process or a local pool; ``dask_executor``: Dask), reporting with
``progress``; the types those share are in ``jobs``. ``samples`` regenerates and checks
the committed sample briefs.
"""

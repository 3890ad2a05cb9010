from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "portail.demo"
    label = "demo"
    verbose_name = "Démonstration"
